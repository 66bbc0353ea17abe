namespace MediaEngine.Domain.Presets;

/// <summary>
/// A graph parameter declared in both versions whose kind, default, choices or description differ. Values are written
/// as a person reads them (<c>#f97316</c>, <c>5</c>, <c>(none)</c>).
/// </summary>
public sealed record ParameterChange(string Name, string OldKind, string NewKind, string OldDefault, string NewDefault)
{
    public bool KindChanged => OldKind != NewKind;

    public override string ToString() =>
        KindChanged ? $"{Name}: {OldKind} {OldDefault} → {NewKind} {NewDefault}" : $"{Name}: {OldDefault} → {NewDefault}";
}
