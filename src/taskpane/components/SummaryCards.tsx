import { Badge, Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowRight16Regular } from "@fluentui/react-icons";
import type { Status } from "../../core/engine/status";
import type { Strings } from "../i18n";
import type { SummaryCard } from "../summaryCards";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  card: { position: "relative", overflow: "hidden" },
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
      {props.cards.map((card) => (
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
          {card.status !== null && (
            <Badge appearance="filled" color={BADGE_COLOR[card.status]}>
              {strings.status[card.status]}
            </Badge>
          )}
          <Button
            appearance="subtle"
            size="small"
            icon={<ArrowRight16Regular />}
            iconPosition="after"
            onClick={() => props.onOpen(card.sheet)}
          >
            {strings.cardOpen(card.sheet)}
          </Button>
        </Card>
      ))}
    </div>
  );
}
