namespace Enf.ClusterProfiles.Catalog;

/// <summary>The JSON shape of a published catalogue.</summary>
/// <param name="Version">Profile format version.</param>
/// <param name="Fields">The fields in display order.</param>
public sealed record FieldCatalogDocument(string Version, IReadOnlyList<FieldCatalogEntry> Fields);
