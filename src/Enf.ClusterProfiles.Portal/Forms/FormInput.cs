using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Portal.Forms;

/// <summary>
/// One input of the profile form. <see cref="Name"/> is the JSON path (<c>contact.email</c>,
/// <c>members.smes</c>), so the form, the live check's JSON and the findings' paths all speak the same names.
/// </summary>
public sealed record FormInput(string Name, InputKind Kind, LocalizedText Label, string HtmlType = "text", string? InputMode = null, IReadOnlyList<string>? Options = null, string? Autocomplete = null)
{
    /// <summary>The element id: the path with dots and brackets made safe (<c>f-contact-email</c>).</summary>
    public string Id => ProfileFormFields.IdOf(Name);

    /// <summary>Whether the value is a number in JSON.</summary>
    public bool Numeric => Kind == InputKind.Number;
}
