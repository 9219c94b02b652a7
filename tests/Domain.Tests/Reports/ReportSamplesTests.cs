using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Samples;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>
/// The invented entries behind the report card previews (<c>cards export</c>) are the steps they are shown as: a filed,
/// numbered report with the reporter's texts; the same case acknowledged by an officer who wrote to the reporter; and an
/// explanation request to a named employee with its deadline (Reg. 22.3, 22.4). Every text a person typed carries the
/// hostile suffix inside <see cref="SampleText.Hostile"/> (decision 121), and a preview costs no real PBKDF2 work.
/// </summary>
public sealed class ReportSamplesTests
{
    [Fact]
    public void Filed_IsANumberedReceivedReportWithTheReportersTexts()
    {
        var filed = ReportSamples.Filed();
        var report = filed.Report;

        Assert.Equal(("R-2026-0001", ReportStatus.Received, ReportCategory.Procurement), (report.Number, report.Status, report.Category));
        Assert.Equal("The tender for office supplies was decided before it was announced.", report.Description);
        Assert.Equal("Almaty office, February 2026", report.WhenAndWhere);
        Assert.Equal("Head of the procurement unit", Assert.Single(report.PersonsConcerned).Name);
        Assert.False(report.DirectorImplicated);
        Assert.True(report.IsAnonymous);
        Assert.Null(report.SealedIdentity);
        Assert.Equal(new DateOnly(2026, 3, 10), report.FiledOn);
        Assert.StartsWith("pbkdf2-sha256$1$", report.PassphraseHash, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(filed.Passphrase));
    }

    [Fact]
    public void Acknowledged_IsTakenByTheSampleOfficerWhoWroteToTheReporter()
    {
        var report = ReportSamples.Acknowledged();

        Assert.Equal((ReportStatus.Acknowledged, "sample-officer"), (report.Status, report.AssignedOfficerAadObjectId));
        var message = Assert.Single(report.Messages);
        Assert.Equal((MessageAuthor.Officer, "sample-officer"), (message.Author, message.OfficerAadObjectId));
        Assert.Equal("Thank you. Could you tell us which tender it was?", message.Text);
    }

    [Fact]
    public void Explanation_AsksTheSampleEmployeeWithADeadlineFiveDaysAhead()
    {
        var request = ReportSamples.Explanation();

        Assert.Equal(("sample-employee", "Marat Sample", "sample-officer"), (request.EmployeeAadObjectId, request.EmployeeName, request.RequestedBy));
        Assert.Equal("Please explain how the supplier was chosen for the February tender.", request.Question);
        Assert.Equal(new DateOnly(2026, 3, 15), request.DueOn);
        Assert.Null(request.AnsweredAt);
    }

    // Decision 121: inside a hostile scope every text a person typed carries the planted Markdown.
    [Fact]
    public void Samples_InsideHostileScope_CarryTheMarkerInEveryTypedText()
    {
        using (SampleText.Hostile())
        {
            var report = ReportSamples.Acknowledged();
            var request = ReportSamples.Explanation();

            Assert.All(
                new[] { report.Description, report.WhenAndWhere!, report.PersonsConcerned.Single().Name, report.Messages.Single().Text, request.EmployeeName, request.Question },
                text => Assert.EndsWith(SampleText.HostileSuffix, text, StringComparison.Ordinal));
        }
    }
}
