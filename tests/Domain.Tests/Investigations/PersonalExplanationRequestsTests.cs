using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Domain.Tests.Investigations;

// Reg. 22.4 and decision 142: a person sees the written explanations asked of them, and only those.
public sealed class PersonalExplanationRequestsTests : RegisterTestBase
{
    [Fact]
    public async Task AddressedToAsync_ShowsOnlyThePersonsRequests_LatestDeadlineFirst()
    {
        await using (var db = Database.CreateContext())
        {
            var report = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope", null, [], false), identity: null).Report;
            var marat = Employee.Create("aad-marat", "tenant", "Marat Employee", "ru", World.Clock.Now);
            var aliya = Employee.Create("aad-aliya", "tenant", "Aliya Employee", "kk", World.Clock.Now);
            db.ConfidentialReports.Add(report);
            db.Employees.AddRange(marat, aliya);
            var officer = await World.OfficerAsync(db);
            await World.AcknowledgeAsync(db, report, officer);
            db.AddRange(
                ExplanationRequest.Request(report, officer, marat, "Explain the payment", World.Clock.Today.AddDays(3), World.Clock),
                ExplanationRequest.Request(report, officer, marat, "Explain the invoice", World.Clock.Today.AddDays(9), World.Clock),
                ExplanationRequest.Request(report, officer, aliya, "Explain the meeting", World.Clock.Today.AddDays(5), World.Clock));
            await db.SaveChangesAsync();
        }

        await using var read = Database.CreateContext();
        var shown = await new PersonalExplanationRequests(read).AddressedToAsync("aad-marat");

        Assert.Equal(["Explain the invoice", "Explain the payment"], shown.Select(r => r.Question));
        Assert.Equal([World.Clock.Today.AddDays(9), World.Clock.Today.AddDays(3)], shown.Select(r => r.DueOn));
        Assert.All(shown, r => Assert.Null(r.AnsweredAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task AddressedToAsync_NoPerson_IsRefusedRatherThanListingAnything(string person)
    {
        await using var db = Database.CreateContext();

        await Assert.ThrowsAsync<ArgumentException>(() => new PersonalExplanationRequests(db).AddressedToAsync(person));
    }
}
