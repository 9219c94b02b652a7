using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph.Remote;

/// <summary>
/// At most <c>Graph:MaxConcurrentRequestsPerMailbox</c> requests in flight per mailbox across this instance:
/// Exchange Online throttles beyond 4 concurrent requests per app per mailbox.
/// </summary>
internal sealed class MailboxConcurrencyLimiter(IOptions<GraphOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> AcquireAsync(string mailbox, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(mailbox, _ => new SemaphoreSlim(options.Value.MaxConcurrentRequestsPerMailbox));
        await slot.WaitAsync(cancellationToken);
        return new Release(slot);
    }

    private sealed class Release(SemaphoreSlim slot) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slot.Release();
            }
        }
    }
}
