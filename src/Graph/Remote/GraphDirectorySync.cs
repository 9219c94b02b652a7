using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace ComplianceBot.Graph.Remote;

/// <summary>
/// Users delta query. <c>manager</c> in $select makes Graph report manager changes as <c>manager@delta</c>
/// (users delta has no general $expand). Every @odata.nextLink is followed to the final @odata.deltaLink.
/// </summary>
internal sealed class GraphDirectorySync(GraphClientProvider clients, ILogger<GraphDirectorySync> logger) : IDirectorySync
{
    internal static readonly string[] Selected =
        ["id", "displayName", "department", "jobTitle", "mail", "userPrincipalName", "preferredLanguage", "manager", "accountEnabled"];

    public async Task<DirectoryDelta> GetUsersDeltaAsync(string? deltaLink, CancellationToken cancellationToken)
    {
        using var client = clients.Create();
        var changed = new List<DirectoryUser>();
        var removed = new List<string>();
        var pages = 0;
        var link = deltaLink;
        while (true)
        {
            pages++;
            var current = link;
            var page = await GraphFailure.RunAsync(
                logger,
                "users delta",
                () => current is null
                    ? client.Users.Delta.GetAsDeltaGetResponseAsync(c => c.QueryParameters.Select = Selected, cancellationToken)
                    : client.Users.Delta.WithUrl(current).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken),
                cancellationToken);
            foreach (var user in page?.Value ?? [])
            {
                if (user.Id is null)
                {
                    continue;
                }

                if (user.AdditionalData.ContainsKey("@removed"))
                {
                    removed.Add(user.Id);
                }
                else
                {
                    changed.Add(ToDirectoryUser(user));
                }
            }

            if (page?.OdataNextLink is { Length: > 0 } next)
            {
                link = next;
                continue;
            }

            if (page?.OdataDeltaLink is { Length: > 0 } final)
            {
                GraphLog.DeltaRead(logger, changed.Count, removed.Count, pages);
                return new DirectoryDelta(changed, removed, final);
            }

            throw new GraphDeliveryException("Graph users delta ended without a nextLink or deltaLink.", true, null, null, "no_delta_link", null);
        }
    }

    private static DirectoryUser ToDirectoryUser(User user)
    {
        var (managerId, managerRemoved) = ManagerOf(user);
        return new DirectoryUser(
            user.Id!,
            user.DisplayName,
            user.Department,
            user.JobTitle,
            user.Mail,
            user.UserPrincipalName,
            user.PreferredLanguage,
            managerId,
            managerRemoved,
            user.AccountEnabled);
    }

    /// <summary>Reads <c>manager@delta</c>: an entry with @removed clears the manager; otherwise the entry's id is it.</summary>
    private static (string? Id, bool Removed) ManagerOf(User user)
    {
        if (user.Manager?.Id is { } expanded)
        {
            return (expanded, false);
        }

        if (!user.AdditionalData.TryGetValue("manager@delta", out var value) || value is not UntypedArray entries)
        {
            return (null, false);
        }

        string? id = null;
        var removed = false;
        foreach (var entry in entries.GetValue().OfType<UntypedObject>())
        {
            var fields = entry.GetValue();
            if (fields.ContainsKey("@removed"))
            {
                removed = true;
            }
            else if (fields.TryGetValue("id", out var node) && node is UntypedString text)
            {
                id = text.GetValue();
            }
        }

        return id is null ? (null, removed) : (id, false);
    }
}
