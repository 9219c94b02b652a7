using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ComplianceBot.Bot.Tests.Integration;

/// <summary>Every log event the host's filters let through, with its level, category and event.</summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public IReadOnlyCollection<Entry> Entries => _entries;

    /// <summary>How many events so far: a mark for <see cref="AtLeast"/>.</summary>
    public int Count => _entries.Count;

    /// <summary>The events at <paramref name="level"/> or worse after the first <paramref name="since"/>, one line each, for an assertion message.</summary>
    public IEnumerable<string> AtLeast(LogLevel level, int since = 0) =>
        _entries.Skip(since).Where(e => e.Level >= level).Select(e => $"{e.Level} {e.Category} {e.EventId.Name}: {e.Message} {e.Exception?.GetType().Name}");

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    public sealed record Entry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(logLevel, category, eventId, formatter(state, exception), exception));
    }
}
