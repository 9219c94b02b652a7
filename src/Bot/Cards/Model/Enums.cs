namespace ComplianceBot.Bot.Cards.Model;

// Enumerations of the Adaptive Card schema; written in camelCase as the schema spells them.

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum TextBlockStyle { Default, Heading }

public enum HorizontalAlignment { Left, Center, Right }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum ImageSize { Auto, Stretch, Small, Medium, Large }

public enum ActionStyle { Default, Positive, Destructive }

public enum AssociatedInputs { Auto, None }

public enum ChoiceInputStyle { Compact, Expanded, Filtered }

public enum TextInputStyle { Text, Tel, Url, Email, Password }
