using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Graph;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Operations.DirectorySync;

/// <summary>
/// Merges a delta round into the Employee register. A property the round did not send (null) keeps the known
/// value, as Graph's incremental rounds may send only what changed; a removed manager is cleared.
/// Removed users stay in the register: their declarations and history still name them (Reg. invariant 4); a removed
/// or disabled account is marked as left on <paramref name="today"/>, an enabled one again as back (decision 132).
/// </summary>
internal sealed class EmployeeDirectoryMerger(RegistersDbContext db, DateTimeOffset now, DateOnly today, string? tenantId)
{
    public async Task MarkRemovedAsync(IReadOnlyList<string> removedIds, CancellationToken cancellationToken)
    {
        var ids = removedIds.ToList();
        foreach (var employee in await db.Employees.Where(e => ids.Contains(e.AadObjectId)).ToListAsync(cancellationToken))
        {
            EmployeeDepartures.RecordLeft(db, employee, today, now);
        }
    }

    public async Task MergeAsync(IReadOnlyList<DirectoryUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var known = await db.Employees.Where(e => ids.Contains(e.AadObjectId)).ToDictionaryAsync(e => e.AadObjectId, cancellationToken);
        foreach (var user in users)
        {
            if (!known.TryGetValue(user.Id, out var employee))
            {
                employee = Employee.Create(user.Id, tenantId ?? "directory", user.DisplayName ?? user.UserPrincipalName ?? user.Id, Language(user.PreferredLanguage) ?? "kk", now);
                db.Employees.Add(employee);
                known[user.Id] = employee;
            }

            employee.UpdateFromDirectory(
                employee.TenantId,
                user.DisplayName ?? employee.DisplayName,
                user.Department ?? employee.Department,
                user.JobTitle ?? employee.JobTitle,
                user.ManagerRemoved ? null : user.ManagerId ?? employee.ManagerAadObjectId,
                Language(user.PreferredLanguage) ?? employee.PreferredLanguage,
                now);
            employee.UpdateMail(user.Mail ?? user.UserPrincipalName, now);
            if (user.AccountEnabled == false)
            {
                EmployeeDepartures.RecordLeft(db, employee, today, now);
            }
            else if (user.AccountEnabled == true)
            {
                EmployeeDepartures.RecordReturn(db, employee, now);
            }
        }
    }

    /// <summary>"kk-KZ", "ru-RU", "en-US" → kk, ru, en; anything else is not a language the bot speaks.</summary>
    private static string? Language(string? tag)
    {
        var primary = tag?.Split('-', '_')[0].ToLowerInvariant();
        return primary is not null && Employee.Languages.Contains(primary) ? primary : null;
    }
}
