using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// Names of the parts of the object fields of version 1 (the member counts, the label's tier and date), so
/// that a message or a spreadsheet column says "Jäsenet › pk-yritykset", not "Jäsenet › smes".
/// </summary>
internal static class FieldPartLabels
{
    private static readonly Dictionary<string, LocalizedText> Parts = new(StringComparer.Ordinal)
    {
        ["members.smes"] = new("SMEs", "pk-yritykset", "små och medelstora företag"),
        ["members.largeCompanies"] = new("large companies", "suuryritykset", "stora företag"),
        ["members.researchAndEducation"] = new("research and education", "tutkimus ja koulutus", "forskning och utbildning"),
        ["members.publicBodies"] = new("public bodies", "julkiset toimijat", "offentliga aktörer"),
        ["members.civilSociety"] = new("civil society", "kansalaisyhteiskunta", "civilsamhället"),
        ["members.other"] = new("other", "muut", "övriga"),
        ["clusterLabel.tier"] = new("tier", "taso", "nivå"),
        ["clusterLabel.validUntil"] = new("valid until", "voimassa asti", "giltigt till"),
    };

    /// <summary>The name of a part of a field, such as <c>members.smes</c>; <see langword="null"/> for any other path.</summary>
    public static LocalizedText? Of(string path) => Parts.GetValueOrDefault(path);
}
