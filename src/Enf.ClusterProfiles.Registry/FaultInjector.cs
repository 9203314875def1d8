using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Registry;

/// <summary>The ways an answer can go wrong on purpose (<c>--fault-kinds</c>).</summary>
internal enum FaultKind
{
    /// <summary><c>503</c> with <c>Retry-After</c> and a problem+json body.</summary>
    Unavailable,

    /// <summary>The connection is reset before the request is handled.</summary>
    Reset,

    /// <summary>The answer comes late (0.2–1.5 s).</summary>
    Late,

    /// <summary>The request is handled (a write happens) and the answer is lost.</summary>
    Lost,

    /// <summary>The status line and headers of the real answer, then no byte more until the client gives up.</summary>
    HeadersThenSilence,

    /// <summary>The request is handled and half of the real answer's body is sent; then the connection closes.</summary>
    HalfBody,

    /// <summary>The request is read and never answered.</summary>
    NoAnswer,

    /// <summary>The real answer, one byte a second.</summary>
    OneByteASecond,
}

/// <summary>
/// Makes a share of API requests fail (<c>--fault-rate</c>), for demonstrations and tests, in the ways chosen
/// with <c>--fault-kinds</c>: by default the classic transient four (503, reset, late, lost answer); on request
/// also the stalls a real network produces (headers then silence, half a body, no answer, one byte a second).
/// The choices come from one random sequence seeded with <c>--fault-seed</c> (logged at start when not given),
/// so a failing run can be repeated with the same sequence of faults.
/// </summary>
internal sealed partial class FaultInjector
{
    private readonly RequestDelegate next;
    private readonly RegistrySettings settings;
    private readonly Random random;
    private readonly object gate = new();

    public FaultInjector(RequestDelegate next, RegistrySettings settings, ILogger<FaultInjector> logger)
    {
        this.next = next;
        this.settings = settings;
        random = new Random(settings.FaultSeed);
        LogFaults(logger, settings.FaultRate, string.Join(",", settings.FaultKinds.Select(FaultKinds.Name)), settings.FaultSeed);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        FaultKind? fault = null;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            lock (gate)
            {
                if (random.NextDouble() < settings.FaultRate)
                {
                    fault = settings.FaultKinds[random.Next(settings.FaultKinds.Count)];
                }
            }
        }

        switch (fault)
        {
            case null:
                await next(context).ConfigureAwait(false);
                return;
            case FaultKind.Unavailable:
                context.Response.Headers.RetryAfter = "0";
                await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Unavailable", detail: "The registry is failing this request on purpose (--fault-rate); try again.")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            case FaultKind.Reset:
                context.Abort();
                return;
            case FaultKind.Late:
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(200, 1500)), context.RequestAborted).ConfigureAwait(false);
                await next(context).ConfigureAwait(false);
                return;
            case FaultKind.NoAnswer:
                await WaitForClientToGiveUpAsync(context).ConfigureAwait(false);
                return;
            default:
                await MangleAnswerAsync(context, fault.Value).ConfigureAwait(false);
                return;
        }
    }

    // Handles the request for real, then sends its answer wrongly (or not at all).
    private async Task MangleAnswerAsync(HttpContext context, FaultKind fault)
    {
        var body = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (fault == FaultKind.Lost)
        {
            context.Abort();
            return;
        }

        var bytes = captured.ToArray();
        context.Response.ContentLength = Math.Max(bytes.Length, 2); // a length the client will wait for
        await context.Response.StartAsync(context.RequestAborted).ConfigureAwait(false);
        await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        switch (fault)
        {
            case FaultKind.HeadersThenSilence:
                await WaitForClientToGiveUpAsync(context).ConfigureAwait(false);
                return;
            case FaultKind.HalfBody:
                await body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2), context.RequestAborted).ConfigureAwait(false);
                await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                context.Abort();
                return;
            default: // one byte a second
                for (var i = 0; i < bytes.Length; i++)
                {
                    await body.WriteAsync(bytes.AsMemory(i, 1), context.RequestAborted).ConfigureAwait(false);
                    await body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                    await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted).ConfigureAwait(false);
                }

                return;
        }
    }

    // Holds the connection open, sending nothing, until the client closes it (or the registry stops).
    private static async Task WaitForClientToGiveUpAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client gave up: that is the point.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fault injection is on: {Rate} of API requests fail ({Kinds}), seed {Seed}")]
    private static partial void LogFaults(ILogger logger, double rate, string kinds, int seed);
}

/// <summary>The names of the fault kinds on the command line.</summary>
internal static class FaultKinds
{
    public static readonly IReadOnlyList<FaultKind> Classic = [FaultKind.Unavailable, FaultKind.Reset, FaultKind.Late, FaultKind.Lost];

    public static readonly IReadOnlyList<FaultKind> Stalls = [FaultKind.HeadersThenSilence, FaultKind.HalfBody, FaultKind.NoAnswer, FaultKind.OneByteASecond];

    private static readonly Dictionary<string, FaultKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["503"] = FaultKind.Unavailable,
        ["reset"] = FaultKind.Reset,
        ["late"] = FaultKind.Late,
        ["lost"] = FaultKind.Lost,
        ["headers-then-silence"] = FaultKind.HeadersThenSilence,
        ["half-body"] = FaultKind.HalfBody,
        ["no-answer"] = FaultKind.NoAnswer,
        ["one-byte-a-second"] = FaultKind.OneByteASecond,
    };

    public static string Name(FaultKind kind) => ByName.First(pair => pair.Value == kind).Key;

    /// <summary>Parses <c>503,reset,…</c>; <c>classic</c>, <c>stalls</c> and <c>all</c> name groups.</summary>
    public static bool TryParse(string text, out IReadOnlyList<FaultKind> kinds)
    {
        var list = new List<FaultKind>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "classic":
                    list.AddRange(Classic);
                    break;
                case "stalls":
                    list.AddRange(Stalls);
                    break;
                case "all":
                    list.AddRange(Classic.Concat(Stalls));
                    break;
                default:
                    if (!ByName.TryGetValue(part, out var kind))
                    {
                        kinds = [];
                        return false;
                    }

                    list.Add(kind);
                    break;
            }
        }

        kinds = list.Distinct().ToList();
        return kinds.Count > 0;
    }

    public static string Names => string.Join(", ", ByName.Keys.Concat(["classic", "stalls", "all"]));
}
