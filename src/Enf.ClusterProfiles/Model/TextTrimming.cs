namespace Enf.ClusterProfiles.Model;

/// <summary>
/// Every text value of a profile with white space trimmed from both ends, as profile-v1 revision 1.1 asks before
/// any rule applies: <c>"FI "</c> is the country <c>FI</c>, a URL or e-mail address with a trailing space is that
/// address. Values that need no trimming are kept as they are (no copy).
/// </summary>
internal static class TextTrimming
{
    // Most profiles need no trimming at all: then the profile itself is returned, and no list is copied.
    public static ClusterProfile Trim(ClusterProfile p) => NeedsTrimming(p) ? Trimmed(p) : p;

    private static bool NeedsTrimming(ClusterProfile p) =>
        N(p.SchemaVersion) || N(p.Id) || N(p.ProfileType?.Value) || N(p.Name) || N(p.Country) || N(p.City) || N(p.Website)
        || N(p.Description) || N(p.Contact?.Email) || N(p.Contact?.Name) || N(p.Contact?.Phone) || N(p.Acronym) || N(p.Region)
        || N(p.PostalAddress) || N(p.ClusterLabel?.Tier?.Value) || N(p.PartnershipInterests) || N(p.LogoUrl)
        || Any(p.IndustrialEcosystems, v => v.Value) || Any(p.EmergingIndustries, v => v.Value) || Any(p.SmartSpecialisationPriorities, Text)
        || Any(p.TechnologyFields, Text) || Any(p.SupportProgrammes, Text) || Any(p.FundingSources, v => v.Value) || Any(p.InternationalCooperation, Text)
        || Any(p.EuProjects, Text) || Any(p.ServicesOffered, Text) || Any(p.SocialMedia, Text) || Any(p.Languages, Text);

    // Whether a text has white space at either end.
    private static bool N(string? text) => text is { Length: > 0 } && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static string Text(string text) => text;

    private static bool Any<TItem>(IReadOnlyList<TItem>? list, Func<TItem, string?> text)
    {
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (N(text(list[i])))
            {
                return true;
            }
        }

        return false;
    }

    private static ClusterProfile Trimmed(ClusterProfile p) => p with
    {
        SchemaVersion = T(p.SchemaVersion),
        Id = T(p.Id),
        ProfileType = p.ProfileType is { } type ? new ProfileType(T(type.Value)!) : null,
        Name = T(p.Name),
        Country = T(p.Country),
        City = T(p.City),
        Website = T(p.Website),
        Description = T(p.Description),
        Contact = p.Contact is { } c ? c with { Email = T(c.Email), Name = T(c.Name), Phone = T(c.Phone) } : null,
        IndustrialEcosystems = L(p.IndustrialEcosystems, v => new IndustrialEcosystem(T(v.Value)!)),
        Acronym = T(p.Acronym),
        Region = T(p.Region),
        PostalAddress = T(p.PostalAddress),
        EmergingIndustries = L(p.EmergingIndustries, v => new EmergingIndustry(T(v.Value)!)),
        SmartSpecialisationPriorities = L(p.SmartSpecialisationPriorities, T),
        TechnologyFields = L(p.TechnologyFields, T),
        ClusterLabel = p.ClusterLabel is { } label ? label with { Tier = label.Tier is { } tier ? new LabelTier(T(tier.Value)!) : null } : null,
        SupportProgrammes = L(p.SupportProgrammes, T),
        FundingSources = L(p.FundingSources, v => new FundingSource(T(v.Value)!)),
        InternationalCooperation = L(p.InternationalCooperation, T),
        EuProjects = L(p.EuProjects, T),
        ServicesOffered = L(p.ServicesOffered, T),
        PartnershipInterests = T(p.PartnershipInterests),
        LogoUrl = T(p.LogoUrl),
        SocialMedia = L(p.SocialMedia, T),
        Languages = L(p.Languages, T),
    };

    private static string? T(string? text) => text?.Trim();

    private static IReadOnlyList<TItem>? L<TItem>(IReadOnlyList<TItem>? list, Func<TItem, TItem?> trim) =>
        list is null ? null : [.. list.Select(item => item is null ? item : trim(item)!)];
}
