using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>Every log line of the portal at every level, with its exception, as text.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            collector.lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
