using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>Names and languages of the people a card goes to or names, from the Employee register.</summary>
public sealed class PeopleLookup(RegistersDbContext db, IOptions<OrganizationOptions> languages)
{
    public async Task<IReadOnlyDictionary<string, Person>> FindAsync(IEnumerable<string> aadObjectIds, CancellationToken cancellationToken)
    {
        var ids = aadObjectIds.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Employees.AsNoTracking()
            .Where(e => ids.Contains(e.AadObjectId))
            .Select(e => new { e.AadObjectId, e.DisplayName, e.PreferredLanguage, e.Department, e.TenantId })
            .ToListAsync(cancellationToken);
        var byId = known.ToDictionary(e => e.AadObjectId, StringComparer.Ordinal);
        return ids.ToDictionary(
            id => id,
            id => byId.TryGetValue(id, out var e)
                ? new Person(id, e.DisplayName, BotLanguages.Match(e.PreferredLanguage) ?? languages.Value.DefaultLanguage, e.Department, e.TenantId)
                : new Person(id, id, languages.Value.DefaultLanguage, null, null),
            StringComparer.Ordinal);
    }

    public async Task<Person> FindAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await FindAsync([aadObjectId], cancellationToken))[aadObjectId];
}

/// <summary>A person as cards need them; the name falls back to the id for someone not in the Employee register.</summary>
public sealed record Person(string AadObjectId, string Name, string Language, string? Department, string? TenantId);
