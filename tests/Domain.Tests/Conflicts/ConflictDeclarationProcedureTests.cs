using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Tests.Conflicts;

/// <summary>
/// The conflict-of-interest register's steps (Reg. 5.3, 14.12): filing, amending and assessing each leave their row,
/// status and audit entry; the settlement and monitoring rules hold at their boundaries.
/// </summary>
public sealed class ConflictDeclarationProcedureTests : RegisterTestBase
{
    private static readonly ConflictDetails Details = new(
        ConflictArea.Procurement, "My brother owns a bidder", "Brother: B. Bidder", "Tender 2026-14 evaluation");

    private static PendingAudit LastAudit(ConflictOfInterestDeclaration declaration) => declaration.PendingAudit[^1];

    private async Task<ActiveOfficer> OfficerAsync()
    {
        await using var db = Database.CreateContext();
        return await World.OfficerAsync(db);
    }

    // Reg. 14.12: filing records the original version as the declarant's, pending, audited with its area.
    [Fact]
    public void File_RecordsOriginalVersionPendingAndAuditsTheArea()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);

        Assert.Equal((TestWorld.Employee, DeclarationStatus.Pending, 2026, World.Clock.Now), (declaration.DeclarantAadObjectId, declaration.Status, declaration.NumberYear, declaration.FiledAt));
        var version = Assert.Single(declaration.Versions);
        Assert.Equal((1, VersionKind.Original, TestWorld.Employee, declaration.Id, World.Clock.Now), (version.VersionNumber, version.Kind, version.RecordedBy, version.DeclarationId, version.RecordedAt));
        var audit = Assert.Single(declaration.PendingAudit);
        Assert.Equal((TestWorld.Employee, "ConflictDeclared", declaration.Id.ToString(), "area Procurement"), (audit.Actor, audit.Action, audit.EntityId, audit.Details));
    }

    [Fact]
    public void File_TextsAreTrimmedCheckedAgainstTheirColumnsAndBlankRelatedPersonsIsNull()
    {
        var stored = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details with { PersonalInterest = " Shares ", RelatedPersons = "  ", AffectedProcess = " Tender " }, World.Clock).Current.Details;
        Assert.Equal(("Shares", (string?)null, "Tender"), (stored.PersonalInterest, stored.RelatedPersons, stored.AffectedProcess));

        Assert.Equal(ConflictDetails.TextMaxLength, ConflictOfInterestDeclaration.File(TestWorld.Employee, Details with { RelatedPersons = new string('x', ConflictDetails.TextMaxLength) }, World.Clock).Current.Details.RelatedPersons!.Length);
        Assert.Equal(ConflictDetails.ProcessMaxLength, ConflictOfInterestDeclaration.File(TestWorld.Employee, Details with { AffectedProcess = new string('x', ConflictDetails.ProcessMaxLength) }, World.Clock).Current.Details.AffectedProcess.Length);
        foreach (var tooLong in new[]
        {
            Details with { PersonalInterest = new string('x', ConflictDetails.TextMaxLength + 1) },
            Details with { RelatedPersons = new string('x', ConflictDetails.TextMaxLength + 1) },
            Details with { AffectedProcess = new string('x', ConflictDetails.ProcessMaxLength + 1) },
        })
        {
            var error = Assert.Throws<DomainRuleException>(() => ConflictOfInterestDeclaration.File(TestWorld.Employee, tooLong, World.Clock));
            Assert.Equal(DomainMessageKeys.FieldTooLong, error.MessageKey);
        }

        Assert.Equal(DomainMessageKeys.RequiredFieldMissing, Assert.Throws<DomainRuleException>(() => ConflictOfInterestDeclaration.File(TestWorld.Employee, Details with { PersonalInterest = " " }, World.Clock)).MessageKey);
        Assert.Equal(DomainMessageKeys.RequiredFieldMissing, Assert.Throws<DomainRuleException>(() => ConflictOfInterestDeclaration.File(TestWorld.Employee, Details with { AffectedProcess = "" }, World.Clock)).MessageKey);
    }

    [Fact]
    public void Amend_TwiceWhilePending_NumbersVersionsAndAuditsEachKind()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
        var later = World.Clock.Now.AddDays(1);

        var second = declaration.Amend(TestWorld.Employee, VersionKind.Supplement, Details with { RelatedPersons = " Sister " }, later);
        Assert.Equal(("ConflictDeclarationSupplement", "version 2", TestWorld.Employee, later), (LastAudit(declaration).Action, LastAudit(declaration).Details, LastAudit(declaration).Actor, LastAudit(declaration).At));
        var third = declaration.Amend(TestWorld.Employee, VersionKind.Correction, Details, later);

        Assert.Equal((2, 3, "Sister"), (second.VersionNumber, third.VersionNumber, second.Details.RelatedPersons));
        Assert.Equal((later, VersionKind.Supplement), (second.RecordedAt, second.Kind));
        Assert.Same(third, declaration.Current);
        Assert.Equal(3, declaration.Versions.Count);
        Assert.Equal(("ConflictDeclarationCorrection", "version 3"), (LastAudit(declaration).Action, LastAudit(declaration).Details));
    }

    [Fact]
    public async Task Amend_AfterAssessment_IsRefused()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
        declaration.Assess(await OfficerAsync(), ConflictLevel.None, null, null, null, "No interest", World.Clock);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Amend(TestWorld.Employee, VersionKind.Supplement, Details, World.Clock.Now));

        Assert.Equal(DeclarationRules.OnlyDeclarantAmendsPendingDeclaration, error.Rule);
        Assert.Single(declaration.Versions);
    }

    // Reg. 14.12: the assessment is a recorded transition — level, measure, monitoring, reason, who and when.
    [Fact]
    public async Task Assess_ActualConflict_RecordsAssessmentStatusAndAudit()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);

        var assessment = declaration.Assess(await OfficerAsync(), ConflictLevel.Actual, SettlementMeasure.Divestment,
            "  Sells the shares  ", new DateOnly(2026, 3, 11), " Direct interest ", World.Clock);

        Assert.Same(assessment, declaration.Assessment);
        Assert.Equal((declaration.Id, ConflictLevel.Actual, SettlementMeasure.Divestment, "Sells the shares"), (assessment.DeclarationId, assessment.Level, assessment.Measure, assessment.MeasureDetails));
        Assert.Equal((new DateOnly(2026, 3, 11), "Direct interest", TestWorld.OfficerA, World.Clock.Now), (assessment.MonitoringDate, assessment.Reason, assessment.AssessedBy, assessment.AssessedAt));
        Assert.Equal(DeclarationStatus.Decided, declaration.Status);
        Assert.Equal((TestWorld.OfficerA, "ConflictAssessed", "level Actual, measure Divestment", World.Clock.Now), (LastAudit(declaration).Actor, LastAudit(declaration).Action, LastAudit(declaration).Details, LastAudit(declaration).At));
    }

    // Reg. 14.12: no conflict needs no settlement measure.
    [Fact]
    public async Task Assess_NoConflictWithoutMeasure_IsAccepted()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);

        var assessment = declaration.Assess(await OfficerAsync(), ConflictLevel.None, null, null, null, "Not related", World.Clock);

        Assert.Equal((ConflictLevel.None, (SettlementMeasure?)null, (DateOnly?)null), (assessment.Level, assessment.Measure, assessment.MonitoringDate));
        Assert.Equal("level None, measure ", LastAudit(declaration).Details);
    }

    [Fact]
    public async Task Assess_ActualConflictWithoutMeasure_IsRefusedAndStaysPending()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);

        var officer = await OfficerAsync();
        var error = Assert.Throws<DomainRuleException>(() =>
            declaration.Assess(officer, ConflictLevel.Actual, null, null, null, "Direct", World.Clock));

        Assert.Equal(ConflictOfInterestDeclaration.ConflictMustHaveSettlementMeasure, error.Rule);
        Assert.Equal(DeclarationStatus.Pending, declaration.Status);
        Assert.Null(declaration.Assessment);
    }

    // Reg. 14.12 (monitor): the monitoring date lies ahead — today is refused, tomorrow is accepted.
    [Fact]
    public async Task Assess_MonitoringDateToday_IsRefusedTomorrowAccepted()
    {
        var officer = await OfficerAsync();
        var today = World.Clock.Today;
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Assess(
            officer, ConflictLevel.Potential, SettlementMeasure.RecusalFromDecision, null, today, "Check", World.Clock));
        Assert.Equal(ConflictOfInterestDeclaration.MonitoringDateMustBeInFuture, error.Rule);
        Assert.Equal("14.12", error.Rule.Clause);
        Assert.Null(declaration.Assessment);

        var assessment = declaration.Assess(officer, ConflictLevel.Potential, SettlementMeasure.RecusalFromDecision, null, today.AddDays(1), "Check", World.Clock);
        Assert.Equal(today.AddDays(1), assessment.MonitoringDate);
    }

    [Fact]
    public async Task Assess_MeasureDetailsLongerThanItsColumn_IsRefused()
    {
        var officer = await OfficerAsync();
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Assess(officer, ConflictLevel.Actual, SettlementMeasure.Other,
            new string('m', ConflictAssessment.MeasureDetailsMaxLength + 1), null, "Other", World.Clock));

        Assert.Equal(DomainMessageKeys.FieldTooLong, error.MessageKey);
        Assert.Equal(ConflictAssessment.MeasureDetailsMaxLength, declaration.Assess(officer, ConflictLevel.Actual, SettlementMeasure.Other,
            new string('m', ConflictAssessment.MeasureDetailsMaxLength), null, "Other", World.Clock).MeasureDetails!.Length);
    }

    // Reg. 24.6: the director assesses when no other officer is active, and the audit says so.
    [Fact]
    public void Assess_ByDirector_IsAuditedAsTheDirectors()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.OfficerA, Details, World.Clock);

        declaration.Assess(DeclarationReviewer.Director(TestWorld.Director), ConflictLevel.None, null, null, null, "No interest", World.Clock);

        Assert.Equal((TestWorld.Director, "ConflictAssessedByDirector"), (LastAudit(declaration).Actor, LastAudit(declaration).Action));
    }

    [Fact]
    public async Task Assess_Twice_IsRefusedAndFirstAssessmentStays()
    {
        var declaration = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
        declaration.Assess(await OfficerAsync(), ConflictLevel.None, null, null, null, "No interest", World.Clock);

        var error = Assert.Throws<DomainRuleException>(() => declaration.Assess(
            DeclarationReviewer.Director(TestWorld.Director), ConflictLevel.Actual, SettlementMeasure.Other, null, null, "Again", World.Clock));

        Assert.Equal(DeclarationRules.DecisionIsRecordedOnce, error.Rule);
        Assert.Equal(ConflictLevel.None, declaration.Assessment!.Level);
    }

    [Fact]
    public void Areas_AndMeasures_AreStoredAndShownByKey()
    {
        Assert.Equal("BusinessProcess", ConflictArea.BusinessProcess.ToString());
        Assert.Equal(["Hiring", "Procurement", "BusinessProcess", "Other"], new[] { ConflictArea.Hiring, ConflictArea.Procurement, ConflictArea.BusinessProcess, ConflictArea.Other }.Select(a => a.Key));
        Assert.Equal(["RecusalFromDecision", "ReassignmentOfDuties", "Divestment", "Other"], new[] { SettlementMeasure.RecusalFromDecision, SettlementMeasure.ReassignmentOfDuties, SettlementMeasure.Divestment, SettlementMeasure.Other }.Select(m => m.ToString()));
    }
}
