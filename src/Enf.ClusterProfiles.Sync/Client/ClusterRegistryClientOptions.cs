namespace Enf.ClusterProfiles.Sync;

/// <summary>How the registry client connects and how hard it tries. Every default is documented here.</summary>
public sealed class ClusterRegistryClientOptions
{
    /// <summary>The registry's base address (required). Must be <c>https</c> unless it is on the loopback interface.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The bearer token (required). It is sent in the <c>Authorization</c> header and never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Time allowed for one attempt, its answer read in full, body included (default 10 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for a call with all its retries (default 60 s).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after a transient failure: timeout, connection reset, an answer cut short, 5xx, 429 (default 6).</summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First back-off delay; it grows exponentially with jitter (default 200 ms).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between attempts, also for a server's <c>Retry-After</c> (default 10 s).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Share of failed attempts at which the circuit breaker opens (default 0.7).</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.7;

    /// <summary>Attempts the breaker must see before it may open (default 20).</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>How long the breaker stays open (default 5 s).</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
