using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.DirectorNotices;

/// <summary>
/// Queues the director's Teams card beside a notice mail, in the caller's unit of work — only where the director
/// has the app, i.e. a 1:1 conversation reference is stored and not blocked (issue 6). Without one the mail alone
/// informs the director; a card that could only fail is not queued.
/// </summary>
internal sealed class DirectorCardOutbox(
    RegistersDbContext db, DirectorNoticeCards cards, IOptionsMonitor<OrganizationOptions> organization)
{
    /// <summary>The director's language for mail and card: kk, ru or en from the Employee register, Kazakh by default.</summary>
    public async Task<string> LanguageAsync(CancellationToken ct)
    {
        var id = organization.CurrentValue.DirectorAadObjectId;
        var preferred = string.IsNullOrWhiteSpace(id) ? null
            : await db.Employees.AsNoTracking().Where(e => e.AadObjectId == id).Select(e => e.PreferredLanguage).FirstOrDefaultAsync(ct);
        return NoticeMailComposer.MailLanguage(preferred);
    }

    /// <summary>True when a card was queued under <paramref name="key"/>.</summary>
    public async Task<bool> EnqueueAsync(string key, NoticePayload notice, DateTimeOffset now, CancellationToken ct)
    {
        var director = organization.CurrentValue.DirectorAadObjectId;
        if (string.IsNullOrWhiteSpace(director)
            || !await db.ConversationReferences.AsNoTracking().AnyAsync(r => r.AadObjectId == director && r.BlockedAt == null, ct))
        {
            return false;
        }

        using (CultureScope.Enter(await LanguageAsync(ct)))
        {
            TeamsDelivery.Enqueue(db, key, TeamsRecipient.ForEntraUser(director), CardAttachment.ToMessage(cards.For(notice, DirectorNoticeAcknowledgements.NoticeKeyOf(key))), now);
        }

        return true;
    }
}
