namespace ComplianceBot.Graph.Remote;

/// <summary>
/// Holds a mailbox slot for every request whose path is /users/{id}/…, around the SDK's retry handler, so a
/// throttled mailbox also waits out its Retry-After with its slots taken instead of being hit by more requests.
/// </summary>
internal sealed class MailboxConcurrencyHandler(MailboxConcurrencyLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var mailbox = MailboxOf(request.RequestUri);
        if (mailbox is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        using (await limiter.AcquireAsync(mailbox, cancellationToken))
        {
            return await base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>The {id} of a /users/{id}/… path; null for /users, /users/delta and $batch.</summary>
    internal static string? MailboxOf(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(segments, s => s.Equals("users", StringComparison.OrdinalIgnoreCase));
        if (index < 0 || index + 2 >= segments.Length)
        {
            return null;
        }

        return Uri.UnescapeDataString(segments[index + 1]);
    }
}
