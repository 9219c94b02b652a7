using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// Hands out the configured provider's context as <see cref="RegistersDbContext"/>, for background
/// workers that need a short-lived context per unit of work.
/// </summary>
internal sealed class RegistersDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<RegistersDbContext>
    where TContext : RegistersDbContext
{
    public RegistersDbContext CreateDbContext() => inner.CreateDbContext();
}
