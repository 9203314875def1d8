using System.Globalization;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// The outermost handler of the registry client: when a call ends without a usable answer after every try its
/// deadlines allowed, it says so plainly in a <see cref="RegistryUnavailableException"/> ("no complete answer
/// from the registry within 10 s, 7 tries"). A cancellation asked for by the caller passes through unchanged.
/// </summary>
internal sealed class RegistryCallHandler(IOptions<ClusterRegistryClientOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tries = new TryCounter();
        request.Options.Set(CompleteAnswerHandler.TriesKey, tries);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested
            && (TransientFailures.IsTransient(e) || e is InvalidDataException or OperationCanceledException))
        {
            throw new RegistryUnavailableException(Describe(e, Math.Max(1, tries.Count), options.Value), tries.Count, e);
        }
    }

    /// <summary>What went wrong, for a person: the deadline, the number of tries, and the last failure.</summary>
    internal static string Describe(Exception last, int tries, ClusterRegistryClientOptions options)
    {
        var count = tries == 1 ? "1 try" : $"{tries} tries";
        return last switch
        {
            TimeoutRejectedException timeout when timeout.Timeout >= options.TotalTimeout && options.TotalTimeout > options.AttemptTimeout =>
                $"no complete answer from the registry within {Seconds(options.TotalTimeout)} in all: {count} of at most {Seconds(options.AttemptTimeout)}",
            TimeoutRejectedException or OperationCanceledException =>
                $"no complete answer from the registry within {Seconds(options.AttemptTimeout)}, {count}",
            IncompleteAnswerException incomplete =>
                $"no complete answer from the registry within {Seconds(options.AttemptTimeout)}, {count}; the last: {incomplete.Message}",
            BrokenCircuitException =>
                $"the registry kept failing, so calls to it are held back for {Seconds(options.CircuitBreakerBreakDuration)} ({count})",
            InvalidDataException invalid => invalid.Message.TrimEnd('.'),
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } unreachable =>
                $"the registry cannot be reached ({Innermost(unreachable).Message.TrimEnd('.')}), {count}",

            // Connected, but the answer broke off or made no sense: as much "no complete answer" as a stall.
            _ => $"no complete answer from the registry within {Seconds(options.AttemptTimeout)}, {count}; the last: {Innermost(last).Message.TrimEnd('.')}",
        };
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
}
