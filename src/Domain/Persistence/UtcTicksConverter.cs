using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplianceBot.Domain.Persistence;

/// <summary>Stores an instant as its UTC ticks: lossless, comparable and sortable in SQLite.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
