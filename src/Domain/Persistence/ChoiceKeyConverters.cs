using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplianceBot.Domain.Persistence;

// The director's lists (Reg. 10) are stored by key, in the same string columns the enums used to fill.
internal sealed class ReportCategoryConverter() : ValueConverter<ReportCategory, string>(c => c.Key, k => new ReportCategory(k));

internal sealed class ReportOutcomeConverter() : ValueConverter<ReportOutcome, string>(o => o.Key, k => new ReportOutcome(k));

internal sealed class ConflictAreaConverter() : ValueConverter<ConflictArea, string>(a => a.Key, k => new ConflictArea(k));

internal sealed class SettlementMeasureConverter() : ValueConverter<SettlementMeasure, string>(m => m.Key, k => new SettlementMeasure(k));
