import { RelevanceReason } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Chip from '@material-ui/core/Chip';

/** Why an item was ranked for the entity, one small chip per reason. */
export function ReasonChips(props: { reasons: RelevanceReason[] }) {
  return (
    <>
      {props.reasons.map((reason, index) => (
        <Chip
          key={`${reason.type}-${index}`}
          size="small"
          variant="outlined"
          label={reason.text}
        />
      ))}
    </>
  );
}
