namespace ComplianceBot.Bot.Cards.Model;

public sealed class ColumnSet : CardElement
{
    public List<Column> Columns { get; set; } = [];
}

/// <summary>A column of a <see cref="ColumnSet"/>; not an element on its own.</summary>
public sealed class Column
{
    public string Type => "Column";

    public string? Id { get; set; }

    /// <summary>"auto", "stretch", a weight ("2") or pixels ("50px").</summary>
    public string? Width { get; set; }

    public List<CardElement> Items { get; set; } = [];

    public ContainerStyle? Style { get; set; }
}
