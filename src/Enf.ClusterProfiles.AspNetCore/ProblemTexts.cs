using System.Globalization;
using System.Resources;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>Titles and details of the problems these endpoints answer with, in English, Finnish and Swedish.</summary>
internal static class ProblemTexts
{
    private static readonly ResourceManager Resources = new("Enf.ClusterProfiles.AspNetCore.ProblemTexts", typeof(ProblemTexts).Assembly);

    public static string Get(string name, CultureInfo culture, params object[] arguments)
    {
        var template = Resources.GetString(name, culture) ?? name;
        return arguments.Length == 0 ? template : string.Format(culture, template, arguments);
    }
}
