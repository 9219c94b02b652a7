using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// What the recusal rules (decision 118) know about one person, read once from their own rows: their name, the
/// processes they took part in within three years (Reg. 24.1), and their declared conflicts that count (Reg. 24.6:
/// pending, or assessed above "none"). <see cref="CaseRecusal"/> applies them to one case; <see cref="OfficerCaseScope"/>
/// turns them into a query over every case (decision 144). One set of facts, one decision per case, for both.
/// </summary>
public sealed class RecusalFacts
{
    private RecusalFacts(string person, string? displayName, string? director, IReadOnlySet<string> recentProcesses, IReadOnlyList<ConflictDetails> conflicts)
    {
        Person = person;
        DisplayName = displayName;
        Director = director;
        RecentProcesses = recentProcesses;
        Conflicts = conflicts;
        ConflictProcesses = conflicts.Where(c => !string.IsNullOrWhiteSpace(c.AffectedProcess))
            .Select(c => ProcessKey.Normalize(c.AffectedProcess)).ToHashSet(StringComparer.Ordinal);
    }

    public string Person { get; }

    public string? DisplayName { get; }

    /// <summary>The configured director's id, for the Reg. 29 rule.</summary>
    public string? Director { get; }

    /// <summary>Reg. 24.1: the process keys of the person's participation that overlaps the last three years.</summary>
    public IReadOnlySet<string> RecentProcesses { get; }

    /// <summary>Reg. 24.6: the details of the person's declarations that count (not assessed "none").</summary>
    public IReadOnlyList<ConflictDetails> Conflicts { get; }

    /// <summary>Reg. 24.6: the normalised processes those declarations name as affected.</summary>
    public IReadOnlySet<string> ConflictProcesses { get; }

    /// <summary>Whether the person is the configured director (Reg. 29).</summary>
    public bool IsDirector => DirectorVisibility.IsDirector(Person, Director);

    public static async Task<RecusalFacts> LoadAsync(RegistersDbContext db, string person, DateOnly today, string? director, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        var name = await db.Employees.AsNoTracking().Where(e => e.AadObjectId == person).Select(e => e.DisplayName).FirstOrDefaultAsync(ct);
        var records = await db.ParticipationRecords.AsNoTracking().Where(r => r.PersonAadObjectId == person).ToListAsync(ct);
        var declarations = await db.ConflictDeclarations.AsNoTracking().Where(d => d.DeclarantAadObjectId == person).ToListAsync(ct);
        return new RecusalFacts(
            person,
            name,
            director,
            records.Where(r => r.OverlapsLastThreeYears(today)).Select(r => r.ProcessKey).ToHashSet(StringComparer.Ordinal),
            [.. declarations.Where(d => d.Assessment?.Level is not ConflictLevel.None).Select(d => d.Current.Details)]);
    }

    /// <summary>
    /// The first rule that keeps the person out of <paramref name="report"/> in <paramref name="role"/>, or null; the
    /// order is decision 118's: a person concerned (Reg. 24.2; the director of a report implicating them, Reg. 29), part
    /// in one of <paramref name="processes"/> within three years (Reg. 24.1), a conflict touching the case (Reg. 24.6).
    /// </summary>
    public DomainRule? FirstRule(ConfidentialReport report, IReadOnlyCollection<string> processes, CaseRole role)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(processes);
        if (report.PersonsConcerned.Any(p => p.AadObjectId == Person || IsNamed(p.Name)) || DirectorVisibility.HidesFrom(report, Person, Director))
        {
            return RecusalRules.PersonConcerned(role);
        }

        if (processes.Any(RecentProcesses.Contains))
        {
            return RecusalRules.TookPartInProcess(role);
        }

        return processes.Any(ConflictProcesses.Contains) || report.PersonsConcerned.Any(p => ConflictNames(p.Name))
            ? RecusalRules.Conflict(role)
            : null;
    }

    /// <summary>Reg. 24.2 by name: the person concerned may be this person.</summary>
    public bool IsNamed(string concernedName) => PersonName.MayBeTheSamePerson(concernedName, DisplayName);

    /// <summary>Reg. 24.6 by name: one of the counting declarations' related persons names the person concerned.</summary>
    public bool ConflictNames(string concernedName) =>
        Conflicts.Any(c => c.RelatedPersons?.Contains(concernedName, StringComparison.OrdinalIgnoreCase) == true
            || PersonName.MayBeTheSamePerson(concernedName, c.RelatedPersons));

    /// <summary>
    /// Necessary conditions for <see cref="IsNamed"/> or <see cref="ConflictNames"/>, on <see cref="PersonName.Key"/>:
    /// <c>" " + key + " "</c> contains one of <see cref="NameNeedles"/> (a full word shared with the person's name or
    /// a declaration's related persons), or the key is contained in one of <see cref="RelatedKeys"/> (the related
    /// persons' text contains the name). A name meeting neither matches neither rule (decision 144).
    /// </summary>
    public IReadOnlyList<string> NameNeedles =>
        [.. new[] { DisplayName }.Concat(Conflicts.Select(c => c.RelatedPersons)).SelectMany(PersonName.FullWordNeedles).Distinct(StringComparer.Ordinal)];

    /// <inheritdoc cref="NameNeedles"/>
    public IReadOnlyList<string> RelatedKeys =>
        [.. Conflicts.Select(c => c.RelatedPersons).OfType<string>().Select(PersonName.Key).Distinct(StringComparer.Ordinal)];
}
