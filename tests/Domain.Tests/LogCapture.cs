using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Domain.Tests;

/// <summary>Every log event at every level, from contexts built with <see cref="Factory"/>.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public LogCapture()
    {
        Factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(this));
    }

    public ILoggerFactory Factory { get; }

    public IReadOnlyCollection<Entry> Entries => _entries;

    /// <summary>The events at <paramref name="level"/> or worse, one line each, for an assertion message.</summary>
    public IEnumerable<string> AtLeast(LogLevel level) =>
        _entries.Where(e => e.Level >= level).Select(e => $"{e.Level} {e.Category} {e.EventId.Name}: {e.Message}");

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() => Factory.Dispose();

    public sealed record Entry(LogLevel Level, string Category, EventId EventId, string Message);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(logLevel, category, eventId, formatter(state, exception)));
    }
}
