namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>The body of <c>GET …/fields</c>: the field catalogue in force, in one language.</summary>
/// <param name="Version">Profile format version.</param>
/// <param name="Language">The language of the texts (<c>en</c>, <c>fi</c> or <c>sv</c>), as in <c>Content-Language</c>.</param>
/// <param name="Fields">The fields in display order; unused fields are left out.</param>
public sealed record FieldList(string Version, string Language, IReadOnlyList<FieldDescription> Fields);
