using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Numbering;

namespace ComplianceBot.Bench.WorkspaceSeed;

/// <summary>
/// Gift declarations (each with its original version, one in ten with a supplement, a decision once decided) and
/// conflict-of-interest declarations (version, assessment once decided). Most older ones are decided; of the last
/// month's, most are pending, as a register in use would be.
/// </summary>
internal static class DeclarationSeeder
{
    private static readonly string[] Gifts = ["Souvenir", "Book", "Flowers", "Pen set", "Dinner invitation", "Conference ticket", "Tea set", "Calendar", "Watch"];
    private static readonly string[] Occasions = ["New Year", "Nauryz", "Business meeting", "Contract signing", "Conference", "Anniversary of the partner"];
    private static readonly string[] Organisations = ["Kazakh Trade LLP", "Steppe Engineering JSC", "Almaty Supplies LLP", "Nomad Logistics", "Astana Consulting"];

    public static void SeedGifts(SeedContext seed)
    {
        var declarations = seed.Writer("GiftDeclarations", "Id", "Number", "NumberYear", "DeclarantAadObjectId", "FiledAt", "Status");
        var versions = seed.Writer("GiftDeclarationVersions",
            "Id", "DeclarationId", "VersionNumber", "Kind", "RecordedBy", "RecordedAt", "Details_Description", "Details_Direction",
            "Details_EstimatedValueKzt", "Details_GiftDate", "Details_Occasion", "Details_OtherPartyIsCounterparty",
            "Details_OtherPartyOrganisation", "Details_OtherPartyPerson", "Details_Whereabouts");
        var decisions = seed.Writer("GiftDecisions", "Id", "DeclarationId", "Outcome", "Reason", "DecidedBy", "DecidedAt");
        var count = seed.Count(180_000);
        var days = seed.PastDays(count, 1.3);
        for (var i = 0; i < count; i++)
        {
            var day = days[i];
            var id = seed.NewId();
            var declarant = seed.AnyPerson();
            var filedAt = seed.At(day);
            var decided = IsDecided(seed, day);
            declarations.Insert(id, seed.NextNumber(RegisterKind.G, day.Year), day.Year, declarant.AadObjectId, filedAt,
                decided ? DeclarationStatus.Decided : DeclarationStatus.Pending);
            var direction = seed.Chance(0.7) ? GiftDirection.Received : seed.Chance(0.66) ? GiftDirection.OfferedAndDeclined : GiftDirection.Given;
            var value = Math.Round((decimal)(2_000 + (Math.Pow(seed.Random.NextDouble(), 3) * 500_000)) / 500m) * 500m;
            var whereabouts = direction == GiftDirection.OfferedAndDeclined ? GiftWhereabouts.NeverAccepted
                : seed.Chance(0.6) ? GiftWhereabouts.WithDeclarant : seed.Chance(0.5) ? GiftWhereabouts.HandedOverToEnterprise : GiftWhereabouts.Consumed;
            var counterparty = seed.Chance(0.3);
            var versionCount = seed.Chance(0.1) ? 2 : 1;
            for (var v = 1; v <= versionCount; v++)
            {
                versions.Insert(seed.NewId(), id, v, v == 1 ? VersionKind.Original : VersionKind.Supplement, declarant.AadObjectId,
                    v == 1 ? filedAt : seed.At(day, 2), $"{seed.Pick(Gifts)} (declaration {i})", direction, value,
                    day.AddDays(-seed.Random.Next(0, 5)), seed.Pick(Occasions), counterparty,
                    seed.Pick(Organisations), seed.Chance(0.5) ? $"Contact {seed.Random.Next(1, 900)}" : null, whereabouts);
            }

            if (decided)
            {
                var outcome = seed.Chance(0.6) ? GiftOutcome.MayKeep : seed.Chance(0.6) ? GiftOutcome.HandOverToEnterprise
                    : seed.Chance(0.9) ? GiftOutcome.Return : GiftOutcome.ReferForInvestigation;
                decisions.Insert(seed.NewId(), id, outcome, "Assessed against the gift rules", seed.AnyOfficer().AadObjectId,
                    seed.At(day, seed.Random.Next(1, 10)));
            }
        }
    }

    public static void SeedConflicts(SeedContext seed)
    {
        var declarations = seed.Writer("ConflictDeclarations", "Id", "Number", "NumberYear", "DeclarantAadObjectId", "FiledAt", "Status");
        var versions = seed.Writer("ConflictDeclarationVersions",
            "Id", "DeclarationId", "VersionNumber", "Kind", "RecordedBy", "RecordedAt",
            "Details_AffectedProcess", "Details_Area", "Details_PersonalInterest", "Details_RelatedPersons");
        var assessments = seed.Writer("ConflictAssessments",
            "Id", "DeclarationId", "Level", "Measure", "MeasureDetails", "MonitoringDate", "Reason", "AssessedBy", "AssessedAt");
        var count = seed.Count(40_000);
        var days = seed.PastDays(count, 1.3);
        for (var i = 0; i < count; i++)
        {
            var day = days[i];
            var id = seed.NewId();
            var declarant = seed.AnyPerson();
            var filedAt = seed.At(day);
            var decided = IsDecided(seed, day);
            var number = seed.NextNumber(RegisterKind.C, day.Year);
            if (!seed.ConflictNumbers.TryGetValue(day.Year, out var numbers))
            {
                seed.ConflictNumbers[day.Year] = numbers = [];
            }

            numbers.Add(number);
            declarations.Insert(id, number, day.Year, declarant.AadObjectId, filedAt,
                decided ? DeclarationStatus.Decided : DeclarationStatus.Pending);
            versions.Insert(seed.NewId(), id, 1, VersionKind.Original, declarant.AadObjectId, filedAt,
                $"{declarant.Department}: supplier selection", seed.Pick(seed.ConflictAreas),
                "A relative works for a bidder", seed.Chance(0.5) ? "Brother-in-law" : null);
            if (!decided)
            {
                continue;
            }

            var level = seed.Chance(0.5) ? ConflictLevel.None : seed.Chance(0.8) ? ConflictLevel.Potential : ConflictLevel.Actual;
            var assessedAt = seed.At(day, seed.Random.Next(1, 15));
            assessments.Insert(seed.NewId(), id, level,
                level == ConflictLevel.None ? null : seed.Pick(seed.ConflictMeasures),
                level == ConflictLevel.None ? null : "Removed from the tender commission",
                level == ConflictLevel.None ? null : DateOnly.FromDateTime(assessedAt.UtcDateTime).AddMonths(6),
                "Assessed against Reg. 24", seed.AnyOfficer().AadObjectId, assessedAt);
        }
    }

    /// <summary>Older than a month: decided but for one in fifty; in the last month: three in ten.</summary>
    private static bool IsDecided(SeedContext seed, DateOnly day) =>
        seed.Today.DayNumber - day.DayNumber > 30 ? !seed.Chance(0.02) : seed.Chance(0.3);
}
