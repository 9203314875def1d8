using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>Who is calling: an account of the registry, known by its token.</summary>
public sealed record PortalAccount(string Name, AccountRole Role, IReadOnlySet<string> Profiles)
{
    public bool Owns(string id) => Role == AccountRole.Admin || (Role == AccountRole.Manager && Profiles.Contains(id));

    public bool Reviews => Role is AccountRole.Reviewer or AccountRole.Admin;
}
