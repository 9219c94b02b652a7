namespace ComplianceBot.Domain;

/// <summary>
/// Marks a row of a register: never deleted, and only columns configured as register state
/// (<c>IsRegisterState()</c>) may change after insert (design.md, decision 3; Reg. 14.12–14.15).
/// </summary>
public interface IRegisterRecord;
