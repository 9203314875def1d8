using System.Text.Json;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Registry.Accounts;

/// <summary><c>/api/v1/accounts</c>: the admin creates, lists and deletes accounts.</summary>
internal static partial class AccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/accounts", CreateAsync).WithName("createAccount").WithSummary("Create an account (admin); its token is shown this once")
            .Accepts<NewAccount>("application/json")
            .Produces<CreatedAccount>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/accounts", List).WithName("listAccounts").WithSummary("List the accounts (admin); never a token")
            .Produces<AccountList>().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapDelete("/accounts/{name}", Delete).WithName("deleteAccount").WithSummary("Delete an account (admin); its token stops working")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // An extension beyond registry-api-v1: a portal signs someone in with a token and must learn whose it is.
        api.MapGet("/me", Me).WithName("getCurrentAccount").WithSummary("Whose token this is: name, role and the profiles it manages (extension)")
            .Produces<CurrentAccount>();
    }

    private static IResult Me(Caller caller) => Results.Json(
        new CurrentAccount { Name = caller.Name, Role = caller.Role, Profiles = [.. caller.Profiles.Order(StringComparer.Ordinal)] },
        RegistryJson.Context.CurrentAccount);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccountName();

    private static async Task<IResult> CreateAsync(HttpRequest request, Caller caller, AccountStore accounts, RegistrySettings settings, ILogger<AccountStore> logger)
    {
        if (!Rights.MayManageAccounts(caller))
        {
            return Problems.Forbidden("Only the admin manages accounts.");
        }

        var (account, problem) = await Problems.ReadJsonAsync(request, settings, RegistryJson.Context.NewAccount).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var issues = new List<RegistryIssue>();
        var name = account!.Name;
        if (name is null || !AccountName().IsMatch(name))
        {
            issues.Add(new RegistryIssue("account.name", "error", "name", "The name is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }

        if (account.Role is not (AccountRole.Manager or AccountRole.Reviewer))
        {
            issues.Add(new RegistryIssue("account.role", "error", "role", "The role is 'manager' or 'reviewer' (the admin is the start-up token)."));
        }

        var profiles = account.Profiles ?? [];
        for (var i = 0; i < profiles.Count; i++)
        {
            if (!ProfileIds.IsValid(profiles[i]))
            {
                issues.Add(new RegistryIssue("account.profileId", "error", $"profiles[{i}]", $"'{profiles[i]}' is not a profile id (lower-case letters, digits and '-')."));
            }
        }

        if (account.Role == AccountRole.Reviewer && profiles.Count > 0)
        {
            issues.Add(new RegistryIssue("account.reviewerProfiles", "error", "profiles", "A reviewer owns no profiles; it reads them all."));
        }

        if (issues.Count > 0)
        {
            return Problems.Refused("Account refused", "The account cannot be created; see issues.", issues);
        }

        if (name == Caller.AdminName)
        {
            return Results.Problem(statusCode: 409, title: "Name taken", detail: "'admin' is the start-up token's name.");
        }

        var (outcome, created) = accounts.Create(name!, account.Role!.Value, profiles);
        if (outcome == AccountStore.CreateOutcome.NameTaken)
        {
            return Results.Problem(statusCode: 409, title: "Name taken", detail: $"An account named '{name}' exists already.");
        }

        LogCreated(logger, name!, created!.Role);
        return Results.Json(created, RegistryJson.Context.CreatedAccount, statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(Caller caller, AccountStore accounts) =>
        Rights.MayManageAccounts(caller)
            ? Results.Json(new AccountList { Items = accounts.List() }, RegistryJson.Context.AccountList)
            : Problems.Forbidden("Only the admin manages accounts.");

    private static IResult Delete(Caller caller, AccountStore accounts, ILogger<AccountStore> logger, string name)
    {
        if (!Rights.MayManageAccounts(caller))
        {
            return Problems.Forbidden("Only the admin manages accounts.");
        }

        if (!accounts.Delete(name))
        {
            return Results.Problem(statusCode: 404, title: "Not found", detail: $"No account is named '{name}'.");
        }

        LogDeleted(logger, name);
        return Results.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Name} created with the role {Role}.")]
    private static partial void LogCreated(ILogger logger, string name, AccountRole role);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {Name} deleted; its token no longer works.")]
    private static partial void LogDeleted(ILogger logger, string name);
}
