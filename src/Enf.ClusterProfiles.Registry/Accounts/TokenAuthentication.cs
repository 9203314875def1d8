using System.Globalization;
using System.Threading.RateLimiting;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Registry.Accounts;

/// <summary>
/// Authenticates every <c>/api</c> request by its bearer token, by its SHA-256: the admin's (<see cref="AdminToken"/>,
/// compared in constant time) is the admin, any other is looked up among the accounts. A client (by remote address) whose tokens failed too often is
/// answered <c>429</c> with <c>Retry-After</c> before any token is looked at, so guessing gets no faster by
/// ignoring the refusals. No token is ever logged or echoed.
/// </summary>
internal sealed partial class TokenAuthentication
{
    private readonly RequestDelegate next;
    private readonly AccountStore accounts;
    private readonly ILogger<TokenAuthentication> logger;
    private readonly AdminToken admin;
    private readonly PartitionedRateLimiter<string> failures;

    public TokenAuthentication(RequestDelegate next, AdminToken admin, AccountStore accounts, FailedAuthentications failures, ILogger<TokenAuthentication> logger)
    {
        this.next = next;
        this.accounts = accounts;
        this.logger = logger;
        this.failures = failures.Limiter;
        this.admin = admin;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using (var probe = failures.AttemptAcquire(client, 0))
        {
            if (!probe.IsAcquired)
            {
                await TooManyAsync(context, probe).ConfigureAwait(false);
                return;
            }
        }

        var caller = Authenticate(context.Request.Headers.Authorization.ToString());
        if (caller is null)
        {
            using var lease = failures.AttemptAcquire(client, 1);
            if (!lease.IsAcquired)
            {
                LogThrottled(logger, client);
                await TooManyAsync(context, lease).ConfigureAwait(false);
                return;
            }

            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Results.Problem(statusCode: 401, title: "Unauthorized", detail: "A valid bearer token is required.").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Features.Set(caller);
        await next(context).ConfigureAwait(false);
    }

    private Caller? Authenticate(string header)
    {
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var token = header[7..].Trim();
        if (token.Length == 0)
        {
            return null;
        }

        var hash = AccountStore.HashOf(token);
        return admin.Matches(hash)
            ? new Caller(Caller.AdminName, AccountRole.Admin, new HashSet<string>())
            : accounts.Authenticate(hash);
    }

    private static async Task TooManyAsync(HttpContext context, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await Results.Problem(statusCode: 429, title: "Too many failed authentications", detail: "Too many requests from this client carried a wrong or missing token; retry after the Retry-After delay.")
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many failed authentications from {Client}; answering 429 for a while.")]
    private static partial void LogThrottled(ILogger logger, string client);
}

/// <summary>Failed authentications per client and minute, shared by every request and disposed with the application.</summary>
internal sealed class FailedAuthentications(RegistrySettings settings) : IDisposable
{
    public PartitionedRateLimiter<string> Limiter { get; } = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
        client,
        _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.FailedAuthenticationsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    public void Dispose() => Limiter.Dispose();
}
