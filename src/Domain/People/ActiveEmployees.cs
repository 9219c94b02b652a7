using System.Linq.Expressions;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.People;

/// <summary>
/// Who the service still addresses (decision 132): a person whose account the directory reported removed or
/// disabled on or before a day has left by then. Leavers are not enrolled in attestation campaigns or reminded of
/// them (Reg. 14.12), not invited to trainings or reminded of them (Reg. 14.7), and get no other periodic reminder
/// (the written explanation's, Reg. 22.4);
/// their rows and history stay (Inv. 4). Every path asks here, in the database query it already makes.
/// </summary>
public static class ActiveEmployees
{
    /// <summary>The one rule: marked as left on <paramref name="day"/> or earlier.</summary>
    private static Expression<Func<Employee, bool>> HasLeftBy(DateOnly day) => e => e.LeftOn != null && e.LeftOn <= day;

    /// <summary>Employees of the register who have not left by <paramref name="day"/>.</summary>
    public static IQueryable<Employee> ActiveOn(this IQueryable<Employee> employees, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(employees);
        var left = HasLeftBy(day);
        return employees.Where(Expression.Lambda<Func<Employee, bool>>(Expression.Not(left.Body), left.Parameters));
    }

    /// <summary>
    /// The ids of those who have left by <paramref name="day"/>, as a subquery for rows that name a person
    /// (participants, seats, requests): <c>!leavers.Contains(row.EmployeeAadObjectId)</c>. A person the register does
    /// not know is not a leaver.
    /// </summary>
    public static IQueryable<string> LeaverIds(this RegistersDbContext db, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Employees.Where(HasLeftBy(day)).Select(e => e.AadObjectId);
    }

    /// <summary>Which of <paramref name="ids"/> have left by <paramref name="day"/> (for a list already in memory).</summary>
    public static async Task<HashSet<string>> LeaversAmongAsync(this RegistersDbContext db, IReadOnlyCollection<string> ids, DateOnly day, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        // Stryker disable once Block : equivalent — the query gives an empty set for no ids too; the early return only saves the round trip
        if (ids.Count == 0)
        {
            return [];
        }

        var list = ids.ToList();
        return (await db.LeaverIds(day).Where(id => list.Contains(id)).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }
}
