using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplianceBot.Domain.Persistence;

/// <summary>
/// Marks the few columns of a register row that may change after insert (a current status kept beside
/// its transition rows). Every other column of an <see cref="IRegisterRecord"/> is write-once.
/// </summary>
public static class RegisterStateAnnotation
{
    public const string Name = "ComplianceBot:RegisterState";

    public static PropertyBuilder<T> IsRegisterState<T>(this PropertyBuilder<T> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.HasAnnotation(Name, true);
    }

    public static bool IsRegisterState(this IReadOnlyProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.FindAnnotation(Name)?.Value is true;
    }
}
