using System.Globalization;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Workspace.People;

/// <summary>Who a picker may list (decisions 141, 147).</summary>
public enum PickerScope
{
    /// <summary>People who may be appointed officer: never the director (<see cref="DirectorIsNeverAnOfficer"/>).</summary>
    Appointable,

    /// <summary>
    /// People an officer may name in a case (an investigator, Reg. 24; an employee asked for an explanation, Reg. 22.4):
    /// everyone still employed, the director included. The recusal rules stay the server's refusal (CaseRecusal), and
    /// the reporter is never left out, which would tell the officer who an anonymous reporter is (Reg. 23.2).
    /// </summary>
    CaseParticipant,

    /// <summary>As <see cref="CaseParticipant"/>, without the director: the case implicates the director (Reg. 29).</summary>
    CaseParticipantNotDirector,
}

/// <summary>
/// The workspace's people picker (decisions 141, 147): people of the Employees register whose name or mail begins
/// with what the officer typed, as index ranges (<c>DisplayName</c>, <c>Mail</c>), at most <see cref="Limit"/>.
/// Never a leaver (decision 132's <see cref="ActiveEmployees"/>); the director only where the <see cref="PickerScope"/>
/// allows. Used by the appointments page and the case page.
/// </summary>
public sealed class DirectoryPicker(RegistersDbContext db, RegisterClock clock, IOptions<OrganizationOptions> organization)
{
    public const int Limit = 20;
    public const int MinPrefix = 2;

    public async Task<IReadOnlyList<PickedPerson>> FindAsync(string? prefix, PickerScope scope, CancellationToken ct)
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
        var excluded = ExcludesDirector(scope) ? organization.Value.DirectorAadObjectId ?? "" : "";
        var found = await db.Employees.AsNoTracking().ActiveOn(clock.Today)
            .Where(e => (e.DisplayName!.CompareTo(capital) >= 0 && e.DisplayName!.CompareTo(capitalEnd) < 0)
                || (e.DisplayName!.CompareTo(typed) >= 0 && e.DisplayName!.CompareTo(typedEnd) < 0)
                || (e.Mail!.CompareTo(mail) >= 0 && e.Mail!.CompareTo(mailEnd) < 0))
            .Where(e => e.AadObjectId != excluded)
            .OrderBy(e => e.DisplayName)
            .Take(Limit)
            .Select(e => new PickedPerson(e.AadObjectId, e.DisplayName, e.Mail, e.Department, e.JobTitle))
            .ToListAsync(ct);
        return found;
    }

    /// <summary>One person the picker may choose, or null when the scope does not list them (a leaver, the director, unknown).</summary>
    public async Task<PickedPerson?> ChosenAsync(string? aadObjectId, PickerScope scope, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(aadObjectId) || (ExcludesDirector(scope) && DirectorIsNeverAnOfficer.IsDirector(aadObjectId, organization.Value)))
        {
            return null;
        }

        return await db.Employees.AsNoTracking().ActiveOn(clock.Today).Where(e => e.AadObjectId == aadObjectId)
            .Select(e => new PickedPerson(e.AadObjectId, e.DisplayName, e.Mail, e.Department, e.JobTitle)).FirstOrDefaultAsync(ct);
    }

    private static bool ExcludesDirector(PickerScope scope) => scope != PickerScope.CaseParticipant;
}

public sealed record PickedPerson(string AadObjectId, string Name, string? Mail, string? Department, string? JobTitle)
{
    /// <summary>Job title, department and mail, what tells two people of the same name apart.</summary>
    public string Details => string.Join(" · ", new[] { JobTitle, Department, Mail }.Where(x => !string.IsNullOrEmpty(x)));
}
