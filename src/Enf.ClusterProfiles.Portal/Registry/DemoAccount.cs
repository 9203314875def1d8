using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>One demo account made at the first start; its token exists only here and in the start-up output.</summary>
public sealed record DemoAccount(string Name, AccountRole Role, string Token, IReadOnlyList<string> Profiles);
