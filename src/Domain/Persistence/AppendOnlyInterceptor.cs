using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// Refuses to delete a register row or to overwrite a write-once column (design.md, decision 3;
/// regulation invariant 4: nothing filed is lost or silently changed).
/// </summary>
public sealed class AppendOnlyInterceptor : SaveChangesInterceptor
{
    public static readonly DomainRule Rule = new("RegisterRowsAreNeverDeletedOrOverwritten", "Inv. 4", DomainMessageKeys.RegisterRowImmutable);

    /// <summary>It holds no state, so every context shares one.</summary>
    public static AppendOnlyInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IRegisterRecord>())
        {
            var type = entry.Metadata.ClrType.Name;
            if (entry.State == EntityState.Deleted)
            {
                throw Rule.Refusal($"a {type} row cannot be deleted");
            }

            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            var overwritten = entry.Properties.FirstOrDefault(p => p.IsModified && !p.Metadata.IsRegisterState())?.Metadata.Name
                ?? entry.ComplexProperties.FirstOrDefault(p => p.IsModified)?.Metadata.Name;
            if (overwritten is not null)
            {
                throw Rule.Refusal($"{type}.{overwritten} is write-once");
            }
        }
    }
}
