// @ts-nocheck
import { Badge, Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowRight16Regular } from "@fluentui/react-icons";
import type { Status } from "../../core/engine/status";
import type { Strings } from "../i18n";
import type { CardMeaning, SummaryCard } from "../summaryCards";

/** The line under a card's figure: what the figure is, with the numbers it shows named. */
export function meaningText(meaning: CardMeaning, strings: Strings): string | null {
  switch (meaning.kind) {
    case "ocl":
      return strings.cardOclMeaning;
    case "prk":
      return strings.cardPrkMeaning;
    case "ml":
      return strings.cardMlMeaning(meaning.level, meaning.mean);
    case "mlDerived":
      return strings.cardMlDerivedMeaning;
    case "findings":
      return strings.cardFindingsMeaning(meaning.fnc, meaning.fcc);
    case "none":
      return null;
  }
}

const useStyles = makeStyles({
  // One card a row in a 320 px pane, two from about 420 px, four side by side on a desktop.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 190px), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  card: { position: "relative", overflow: "hidden", minWidth: 0 },
  meaning: { color: tokens.colorNeutralForeground2 },
  badge: { alignSelf: "flex-start" },
  open: { alignSelf: "flex-start", maxWidth: "100%", textAlign: "start" },
  // The status as a stripe along the card's top edge (the Card draws its own border).
  stripe: { position: "absolute", top: 0, left: 0, right: 0, height: "4px" },
  value: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  longValue: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  Success: { backgroundColor: tokens.colorPaletteGreenBorderActive },
  Warning: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  Fail: { backgroundColor: tokens.colorPaletteRedBorderActive },
  none: { backgroundColor: tokens.colorNeutralStroke1 },
});

const BADGE_COLOR: Record<Status, "success" | "warning" | "danger"> = {
  Success: "success",
  Warning: "warning",
  Fail: "danger",
};

export function SummaryCards(props: {
  cards: readonly SummaryCard[];
  strings: Strings;
  onOpen: (sheet: string) => void;
}) {
  const styles = useStyles();
  const { strings } = props;
  const title: Record<SummaryCard["key"], string> = {
    ocl: strings.cardOcl,
    ml: strings.cardMl,
    prk: strings.cardPrk,
    findings: strings.cardFindings,
  };
  return (
    <div className={styles.grid} role="list">
      {props.cards.map((card) => {
        const meaning = meaningText(card.meaning, strings);
        return (
          <Card
            key={card.key}
            role="listitem"
            data-testid={`card-${card.key}`}
            data-value={card.value === null ? "" : String(card.value)}
            data-status={card.status ?? ""}
            className={styles.card}
          >
            <div aria-hidden className={`${styles.stripe} ${styles[card.status ?? "none"]}`} />
            <CardHeader
              header={<Text weight="semibold">{title[card.key]}</Text>}
              description={
                <Text size={200}>
                  {card.scope.kind === "campaign"
                    ? strings.campaign(card.scope.name ?? "")
                    : card.scope.kind === "derived"
                      ? strings.derived
                      : strings.consolidated}
                </Text>
              }
            />
            <Text className={card.display.length > 10 ? styles.longValue : styles.value}>{card.display}</Text>
            {meaning !== null && (
              <Text size={200} className={styles.meaning} data-testid={`card-${card.key}-meaning`}>
                {meaning}
              </Text>
            )}
            {card.status !== null && (
              <Badge className={styles.badge} appearance="filled" color={BADGE_COLOR[card.status]}>
                {strings.status[card.status]}
              </Badge>
            )}
            <Button
              className={styles.open}
              appearance="subtle"
              size="small"
              icon={<ArrowRight16Regular />}
              iconPosition="after"
              onClick={() => props.onOpen(card.sheet)}
            >
              {strings.cardOpen(card.sheet)}
            </Button>
          </Card>
        );
      })}
    </div>
  );
}
