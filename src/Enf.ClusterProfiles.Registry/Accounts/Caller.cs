using System.Reflection;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.Registry.Accounts;

/// <summary>The account a request was authenticated as: its name, role and the profiles it owns.</summary>
internal sealed record Caller(string Name, AccountRole Role, IReadOnlySet<string> Profiles)
{
    public static readonly string AdminName = "admin";

    public bool Owns(string id) => Profiles.Contains(id);

    /// <summary>Minimal API binding: the caller the authentication middleware put on the request.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(context.Features.Get<Caller>());
}

/// <summary>The rights table of registry-api-v1 (revision 1.1), in one place.</summary>
internal static class Rights
{
    /// <summary>Whether the caller sees a profile's latest version (its owner, reviewers, the admin); others see only what is published.</summary>
    public static bool SeesLatest(Caller caller, string id) => caller.Role != AccountRole.Manager || caller.Owns(id);

    public static bool MayCreate(Caller caller) => caller.Role is AccountRole.Admin or AccountRole.Manager;

    /// <summary>Update and submit: the owner and the admin.</summary>
    public static bool MayWrite(Caller caller, string id) => caller.Role == AccountRole.Admin || (caller.Role == AccountRole.Manager && caller.Owns(id));

    public static bool MayReview(Caller caller) => caller.Role is AccountRole.Admin or AccountRole.Reviewer;

    public static bool MayManageAccounts(Caller caller) => caller.Role == AccountRole.Admin;

    /// <summary>Export of a status other than published: reviewers and the admin.</summary>
    public static bool MayExport(Caller caller, ProfileStatus status) => status == ProfileStatus.Published || caller.Role != AccountRole.Manager;

    /// <summary>Whether the caller can tell the profile exists: when it may not, a refusal is 404, as if it did not.</summary>
    public static bool Sees(Caller caller, Storage.ProfileState state) => SeesLatest(caller, state.Id) || state.PublishedETag is not null;
}
