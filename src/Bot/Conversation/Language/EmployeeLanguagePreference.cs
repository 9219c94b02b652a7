using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Conversation.Language;

/// <summary>The stored preference of the Employee register (from Entra ID's preferredLanguage).</summary>
internal sealed class EmployeeLanguagePreference(RegistersDbContext db) : IUserLanguagePreference
{
    public async Task<string?> GetAsync(string userId, CancellationToken cancellationToken) =>
        await db.Employees.AsNoTracking()
            .Where(e => e.AadObjectId == userId)
            .Select(e => e.PreferredLanguage)
            .FirstOrDefaultAsync(cancellationToken);
}
