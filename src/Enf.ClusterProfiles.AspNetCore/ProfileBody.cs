using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>
/// Reads a request body as a stream, never holding more than the size limit: a <c>Content-Length</c> over it is
/// refused before reading, a longer chunked body as soon as it passes the limit. The read has a deadline
/// (<see cref="ClusterProfilesEndpointOptions.BodyReadTimeout"/>).
/// </summary>
internal static class ProfileBody
{
    public enum Outcome
    {
        Read,
        TooLarge,
        TimedOut,
    }

    /// <summary>
    /// Reads the body into a pooled buffer; the caller returns <c>Buffer</c> to <see cref="ArrayPool{T}.Shared"/>
    /// once it no longer needs the bytes.
    /// </summary>
    public static async Task<(Outcome Outcome, byte[]? Buffer, int Length)> ReadAsync(HttpRequest request, int maxBytes, TimeSpan timeout)
    {
        // A byte order mark does not count against the limit, as in the library's own readers.
        var limit = maxBytes + 3;
        if (request.ContentLength > limit)
        {
            return (Outcome.TooLarge, null, 0);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted);
        deadline.CancelAfter(timeout);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, limit) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), deadline.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return (Outcome.Read, buffer, length);
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return (Outcome.TooLarge, null, 0);
                }
            }
        }
        catch (OperationCanceledException) when (!request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return (Outcome.TimedOut, null, 0);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>The problem for a body that could not be read whole.</summary>
    public static IResult Problem(Outcome outcome, int maxBytes, TimeSpan timeout, CultureInfo culture) => outcome == Outcome.TooLarge
        ? Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: ProblemTexts.Get("TooLargeTitle", culture),
            detail: ProblemTexts.Get("TooLargeDetail", culture, maxBytes))
        : Results.Problem(
            statusCode: StatusCodes.Status408RequestTimeout,
            title: ProblemTexts.Get("TimeoutTitle", culture),
            detail: ProblemTexts.Get("TimeoutDetail", culture, (int)Math.Ceiling(timeout.TotalSeconds)));
}
