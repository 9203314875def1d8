using System.Net.Http.Headers;
using System.Text.Json;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// Runs inside each try of the resilience pipeline, so the try's deadline covers the whole answer: it reads the
/// body into memory with the try's cancellation token (a server that sends headers and then nothing, or one
/// byte a second, is cut off at the deadline), and checks that a success's JSON is complete. A body cut short
/// or unreadable is an <see cref="IncompleteAnswerException"/>: transient, so the call is tried again.
/// </summary>
internal sealed class CompleteAnswerHandler : DelegatingHandler
{
    /// <summary>Largest answer read; the registry's largest (a 500-item listing page, a 1 MiB profile) is far below it.</summary>
    public const int MaxAnswerBytes = 16 * 1024 * 1024;

    /// <summary>Where the outer handler learns how many tries a call took.</summary>
    public static readonly HttpRequestOptionsKey<TryCounter> TriesKey = new("Enf.ClusterProfiles.Sync.Tries");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options.TryGetValue(TriesKey, out var tries))
        {
            tries.Add();
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original is null)
        {
            return;
        }

        byte[] body;
        try
        {
            body = await ReadAsync(original, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new IncompleteAnswerException($"the answer ({(int)response.StatusCode}) was cut short: {e.Message}", e);
        }

        if (response.IsSuccessStatusCode && IsJson(original.Headers.ContentType) && !IsCompleteJson(body))
        {
            throw new IncompleteAnswerException($"the answer ({(int)response.StatusCode}) is not complete JSON ({body.Length} bytes)");
        }

        var buffered = new ByteArrayContent(body);
        foreach (var header in original.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        original.Dispose();
    }

    // Reads the whole body with the try's token: a stalled read ends at the try's deadline.
    private static async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxAnswerBytes)
                {
                    throw new InvalidDataException($"the registry's answer is larger than {MaxAnswerBytes / (1024 * 1024)} MiB.");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static bool IsCompleteJson(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
            }

            return body.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

/// <summary>Counts the tries of one call, across the resilience pipeline's retries.</summary>
internal sealed class TryCounter
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Add() => Interlocked.Increment(ref count);
}
