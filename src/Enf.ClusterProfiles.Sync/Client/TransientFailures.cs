using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// The one place that says what is worth another try: a timeout, a reset or refused connection, an answer cut
/// short or unreadable, an open circuit, 408, 429 and 5xx. Never a 4xx answer such as 412 or 422: those are
/// the registry's considered reply.
/// </summary>
internal static class TransientFailures
{
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? IsTransient(exception) : outcome.Result is { } response && IsTransient(response.StatusCode);

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Whether an exception is a transient failure (an <see cref="IncompleteAnswerException"/> is an <see cref="IOException"/>).</summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or IOException or TimeoutException;
}
