// Short posture tips shown with each posture break, one at a time in rotation.
// Each fits in a notification body, so the break reminder can carry one.

export const POSTURE_TIPS: readonly string[] = [
  'Sit all the way back in your chair so it supports the curve of your lower back.',
  'Keep your feet flat on the floor, or on a footrest if they do not reach.',
  'Set the top of your screen at about eye level, so your head stays balanced over your shoulders.',
  'Keep the screen about an arm’s length away.',
  'Let your shoulders drop away from your ears. Check them again in a minute.',
  'Keep your elbows close to your sides, bent at roughly a right angle.',
  'Keep your wrists straight while you type, not bent up or down.',
  'Bring the keyboard and mouse close, so you are not reaching forward.',
  'If your head creeps forward, slide your chin back and sit tall again.',
  'Knees level with or a little below your hips takes strain off your lower back.',
  'A small cushion or rolled towel behind your lower back helps keep its natural curve.',
  'Face your screen straight on; twisting to one side all day tires your back.',
  'On a laptop, raise the screen and use a separate keyboard and mouse.',
  'Take phone calls standing up, or walk while you talk.',
  'Keep the things you use most within easy reach, so you are not stretching over the desk.',
  'Shift your position now and then. The best posture is the next one.',
  'Uncross your legs and spread your weight evenly across both hips.',
  'Hold your phone up at eye level rather than bending your neck down to it.',
  'Blink, look at something far away, and let your face and jaw relax.',
  'When you stand, keep your weight even on both feet and your knees soft.',
  'Lift with your legs, not your back: bend your knees and keep the load close.',
  'Put your water glass across the room, so refilling it gets you up.',
]
