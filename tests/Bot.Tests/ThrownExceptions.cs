using System.Collections.Concurrent;

namespace ComplianceBot.Bot.Tests;

/// <summary>
/// Every exception thrown, caught or not, by code running in the creating test's flow (its awaits and
/// the tasks it starts) from construction until disposal. Other tests running meanwhile are not seen.
/// </summary>
public sealed class ThrownExceptions : IDisposable
{
    private static readonly AsyncLocal<ThrownExceptions?> Watching = new();
    private readonly ConcurrentQueue<Exception> _thrown = new();

    public ThrownExceptions()
    {
        Watching.Value = this;
        AppDomain.CurrentDomain.FirstChanceException += OnThrown;
    }

    public IReadOnlyCollection<Exception> All => _thrown;

    public void Dispose() => AppDomain.CurrentDomain.FirstChanceException -= OnThrown;

    private void OnThrown(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
    {
        if (Watching.Value == this)
        {
            _thrown.Enqueue(e.Exception);
        }
    }
}
