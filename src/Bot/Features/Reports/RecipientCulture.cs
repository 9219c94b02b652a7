using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// A proactive card is built in its recipient's language (the Employee register's preference, else the
/// organisation's default), not in the language of the turn that caused it.
/// </summary>
internal sealed class RecipientCulture(RegistersDbContext db, IOptions<OrganizationOptions> organization)
{
    public async Task<IDisposable> EnterAsync(string aadObjectId, CancellationToken ct)
    {
        var preferred = await db.Employees.AsNoTracking()
            .Where(e => e.AadObjectId == aadObjectId).Select(e => e.PreferredLanguage).FirstOrDefaultAsync(ct);
        return CultureScope.Enter(preferred ?? organization.Value.DefaultLanguage);
    }
}
