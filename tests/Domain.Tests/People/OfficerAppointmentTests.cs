using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Tests.People;

/// <summary>An officer's term (Reg. 15, 17): its first and last days count, a termination takes effect on its day.</summary>
public sealed class OfficerAppointmentTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly End = new(2026, 12, 31);
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static OfficerAppointment Term(DateOnly? end = null) =>
        OfficerAppointment.Record("officer-a", "D-1/2026", Start, Start, end ?? End, "director", Now);

    // Reg. 15: the term's first and last days are inside it; the days around it are not.
    [Fact]
    public void IsActiveOn_FirstAndLastDayOfTheTerm_AreActive_TheDaysAroundAreNot()
    {
        var term = Term();

        Assert.Equal([false, true, true, false],
            new[] { Start.AddDays(-1), Start, End, End.AddDays(1) }.Select(term.IsActiveOn));
        Assert.Equal([false, true], new[] { End, End.AddDays(1) }.Select(term.HasEndedOn));
    }

    // Reg. 15: a director's decision ending the term early takes effect on its day, and is recorded once.
    [Fact]
    public void Terminate_FromADay_EndsTheTermThatDay_AndOnlyOnce()
    {
        var term = Term();
        var from = new DateOnly(2026, 6, 1);

        term.Terminate(from, "director", Now);

        Assert.Equal([true, false], new[] { from.AddDays(-1), from }.Select(term.IsActiveOn));
        Assert.Equal([false, true], new[] { from.AddDays(-1), from }.Select(term.HasEndedOn));
        Assert.Equal((from, "director"), (term.TerminatedOn, term.TerminatedBy));
        Assert.Equal("OfficerAppointmentTerminated", term.PendingAudit[^1].Action);
        var again = Assert.Throws<DomainRuleException>(() => term.Terminate(from.AddDays(7), "director", Now));
        Assert.Equal(DomainMessageKeys.AppointmentAlreadyTerminated, again.MessageKey);
        Assert.Equal(from, term.TerminatedOn);
    }

    // Reg. 15: a one-day term is a term; it is audited as the director's decision.
    [Fact]
    public void Record_OneDayTerm_IsAcceptedAndAudited()
    {
        var term = Term(Start);

        Assert.True(term.IsActiveOn(Start));
        Assert.Equal(("OfficerAppointed", "director"), (term.PendingAudit[^1].Action, term.PendingAudit[^1].Actor));
    }
}
