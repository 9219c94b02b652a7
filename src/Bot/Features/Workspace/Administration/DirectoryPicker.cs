using System.Globalization;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Workspace.Administration;

/// <summary>
/// The people picker of the administration page (decision 141): people of the Employees register whose name or mail
/// begins with what the officer typed, as index ranges (<c>DisplayName</c>, <c>Mail</c>), at most <see cref="Limit"/>.
/// Only people who may be appointed are listed: never a leaver (decision 132's <see cref="ActiveEmployees"/>), never
/// the director (<see cref="DirectorIsNeverAnOfficer"/>, Reg. 24.5).
/// </summary>
public sealed class DirectoryPicker(RegistersDbContext db, RegisterClock clock, IOptions<OrganizationOptions> organization)
{
    public const int Limit = 20;
    public const int MinPrefix = 2;

    public async Task<IReadOnlyList<PickedPerson>> FindAsync(string? prefix, CancellationToken ct)
    {
        var typed = prefix?.Trim() ?? "";
        if (typed.Length < MinPrefix)
        {
            return [];
        }

        typed = typed[..Math.Min(typed.Length, Employee.NameMaxLength)];
        var capital = char.ToUpper(typed[0], CultureInfo.InvariantCulture) + typed[1..];
        var mail = typed.ToLowerInvariant();
        var (capitalEnd, typedEnd, mailEnd) = (capital + '\uffff', typed + '\uffff', mail + '\uffff');
        var director = organization.Value.DirectorAadObjectId ?? "";
        var found = await db.Employees.AsNoTracking().ActiveOn(clock.Today)
            .Where(e => (e.DisplayName!.CompareTo(capital) >= 0 && e.DisplayName!.CompareTo(capitalEnd) < 0)
                || (e.DisplayName!.CompareTo(typed) >= 0 && e.DisplayName!.CompareTo(typedEnd) < 0)
                || (e.Mail!.CompareTo(mail) >= 0 && e.Mail!.CompareTo(mailEnd) < 0))
            .Where(e => e.AadObjectId != director)
            .OrderBy(e => e.DisplayName)
            .Take(Limit)
            .Select(e => new PickedPerson(e.AadObjectId, e.DisplayName, e.Mail, e.Department, e.JobTitle))
            .ToListAsync(ct);
        return found;
    }

    /// <summary>One person the picker may choose, or null when they may not be appointed (a leaver, the director, unknown).</summary>
    public async Task<PickedPerson?> ChosenAsync(string? aadObjectId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(aadObjectId) || DirectorIsNeverAnOfficer.IsDirector(aadObjectId, organization.Value))
        {
            return null;
        }

        return await db.Employees.AsNoTracking().ActiveOn(clock.Today).Where(e => e.AadObjectId == aadObjectId)
            .Select(e => new PickedPerson(e.AadObjectId, e.DisplayName, e.Mail, e.Department, e.JobTitle)).FirstOrDefaultAsync(ct);
    }
}

public sealed record PickedPerson(string AadObjectId, string Name, string? Mail, string? Department, string? JobTitle);
