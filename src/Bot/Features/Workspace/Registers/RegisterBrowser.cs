using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// What a register page shows: one page of rows through <see cref="RegisterQuery"/>, the declarants' names and
/// departments, and the departments to filter by. Each read is audited as the registers card's is (who saw which
/// declarations, design.md decision 3); the page's policy has already required an officer (Reg. 6–7).
/// </summary>
public sealed class RegisterBrowser(RegisterQuery query, PeopleLookup people, RegistersDbContext db, RegisterClock clock)
{
    public async Task<(RegisterPage Page, IReadOnlyDictionary<string, Person> People)> ReadAsync(string officerAadObjectId, RegisterView view, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var page = await query.PageAsync(view.PageRequest, ct);
        var persons = await people.FindAsync(page.Rows.Select(r => r.DeclarantAadObjectId).Distinct(), ct);
        db.RecordAudit(new PendingAudit(officerAadObjectId, AuditedReads.RegistersRead, "Registers", view.Type.ToString(),
            $"{ExportLinks.Describe(view.Filter)}, workspace page, rows {page.Rows.Count}", clock.Now));
        await db.SaveChangesAsync(ct);
        return (page, persons);
    }

    /// <summary>The departments of the directory (the Department index), for the filter's list.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken ct) =>
        await db.Employees.AsNoTracking().Where(e => e.Department != null).Select(e => e.Department!).Distinct().OrderBy(d => d).ToListAsync(ct);
}
