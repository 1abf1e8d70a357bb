namespace Crm.BuildingBlocks.Text;

/// <summary>Why a text that people will read is refused.</summary>
public enum TextProblem
{
    None,
    InvalidUnicode,
    ControlCharacter,
    BidiControl,
    OnlyInvisible,
}
